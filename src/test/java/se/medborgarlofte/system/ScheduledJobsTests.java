package se.medborgarlofte.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ClassUtils;

/** Every scheduled job of the application runs under a lock of its own, so that it runs once across the nodes. */
class ScheduledJobsTests {

    @Test
    void everyScheduledMethodTakesALockOfItsOwn() throws ClassNotFoundException {
        List<Method> scheduled = new ArrayList<>();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> true);
        for (var candidate : scanner.findCandidateComponents("se.medborgarlofte")) {
            Class<?> type =
                    ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
            Arrays.stream(type.getDeclaredMethods())
                    .filter(method -> method.isAnnotationPresent(Scheduled.class))
                    .forEach(scheduled::add);
        }

        assertThat(scheduled)
                .as("the deadline watch and the weekly digest at least")
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(scheduled)
                .allSatisfy(method -> assertThat(method.getAnnotation(SchedulerLock.class))
                        .as("@SchedulerLock on %s", method)
                        .isNotNull());
        assertThat(scheduled.stream()
                        .map(method -> method.getAnnotation(SchedulerLock.class).name()))
                .doesNotHaveDuplicates();
    }
}
