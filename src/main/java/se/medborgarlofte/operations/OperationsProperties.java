package se.medborgarlofte.operations;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What operations configure (the monitoring group, {@code medborgarlofte.operations.monitoring-group}, is read by the
 * management filter in {@code system}).
 *
 * @param metricsRefresh how often each node counts the figures of its case gauges (a scrape reads the last count)
 */
@ConfigurationProperties("medborgarlofte.operations")
record OperationsProperties(@DefaultValue("PT60S") Duration metricsRefresh) {}
