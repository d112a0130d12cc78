package se.medborgarlofte;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server inside the test JVM (GreenMail), shared by the integration tests' application context. */
public final class TestMailServer {

    private static GreenMail server;

    private TestMailServer() {}

    public static synchronized GreenMail get() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    public static int port() {
        return get().getSmtp().getPort();
    }

    /** The messages delivered so far to this address whose subject names the pledge (waits briefly for the first). */
    public static List<MimeMessage> messagesTo(String address, String pledge) {
        get().waitForIncomingEmail(2_000, 1);
        return Arrays.stream(get().getReceivedMessagesForDomain(address))
                .filter(message -> subject(message).contains(pledge))
                .toList();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
