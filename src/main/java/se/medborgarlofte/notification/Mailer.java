package se.medborgarlofte.notification;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends messages: about a new task once the current transaction has committed, so that nobody is told about a task
 * that a rollback undid; deadline notices at once, telling the caller whether the message went out, so that a notice
 * is recorded as sent only when it was. Without a mail server ({@code spring.mail.host} unset) the messages are logged.
 */
@Component
@RequiredArgsConstructor
public class Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationProperties properties;

    /**
     * Sends the message once the current transaction has committed (at once without one). A message that cannot be
     * sent is logged: the task exists whether or not the message arrives, and Tasklist shows it either way.
     */
    public void sendAfterCommit(TaskMail mail) {
        if (mail.recipients().isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(mail);
                }
            });
        } else {
            send(mail);
        }
    }

    /**
     * Sends the message now, outside any transaction; true once the mail server has accepted it (or, without a mail
     * server, once it is logged), false when there is nobody to send it to or the mail server refused it.
     */
    public boolean send(TaskMail mail) {
        if (mail.recipients().isEmpty()) {
            return false;
        }
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            LOG.info("Email (no mail server configured) to {}: {}", mail.recipients(), mail.subject());
            return true;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(mail.recipients().toArray(String[]::new));
        message.setSubject(mail.subject());
        message.setText(mail.body());
        try {
            mailSender.send(message);
            return true;
        } catch (MailException e) {
            LOG.error("Could not send '{}' to {}", mail.subject(), mail.recipients(), e);
            return false;
        }
    }
}
