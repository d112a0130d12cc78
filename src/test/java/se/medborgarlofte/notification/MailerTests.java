package se.medborgarlofte.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import se.medborgarlofte.TestMailServer;

/** Whether a message went out, as the deadline notices record it. */
class MailerTests {

    private static final NotificationProperties PROPERTIES =
            new NotificationProperties("http://tasklist.example/", "from@example.se");
    private static final TaskMail MAIL = new TaskMail(List.of("samordnare@example.se"), "Försenad: Planera", "Hej!");

    @Test
    void aMessageTheMailServerTookIsSent() {
        assertThat(new Mailer(senderOn(TestMailServer.port()), PROPERTIES).send(MAIL))
                .isTrue();
    }

    @Test
    void aMessageTheMailServerCouldNotTakeIsNotSent() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThat(new Mailer(senderOn(closedPort), PROPERTIES).send(MAIL)).isFalse();
    }

    @Test
    void aMessageToNobodyIsNotSent() {
        assertThat(new Mailer(senderOn(TestMailServer.port()), PROPERTIES)
                        .send(new TaskMail(List.of(), "Försenad", "Hej!")))
                .isFalse();
    }

    @Test
    void withoutAMailServerTheLoggedMessageCountsAsSent() {
        ObjectProvider<JavaMailSender> none = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);

        assertThat(new Mailer(none, PROPERTIES).send(MAIL)).isTrue();
    }

    private static ObjectProvider<JavaMailSender> senderOn(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class);
    }
}
