package se.medborgarlofte.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tasklistUrl the address of Tasklist as users reach it; task links are built from it
 * @param from        the sender of the messages
 */
@ConfigurationProperties("medborgarlofte.notification")
public record NotificationProperties(
        @DefaultValue("http://localhost:8080/camunda/app/tasklist/default/")
        String tasklistUrl,

        @DefaultValue("medborgarlofte@localhost") String from) {}
