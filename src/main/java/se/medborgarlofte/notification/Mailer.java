package se.medborgarlofte.notification;

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
 * Sends messages once the current transaction has committed, so that nobody is told about a task that a rollback
 * undid. Without a mail server ({@code spring.mail.host} unset) the messages are logged.
 */
@Component
public class Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationProperties properties;

    public Mailer(ObjectProvider<JavaMailSender> sender, NotificationProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

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

    private void send(TaskMail mail) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            LOG.info("Email (no mail server configured) to {}: {}", mail.recipients(), mail.subject());
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(mail.recipients().toArray(String[]::new));
        message.setSubject(mail.subject());
        message.setText(mail.body());
        try {
            mailSender.send(message);
        } catch (MailException e) {
            // the task exists whether or not the message arrives; Tasklist shows it either way
            LOG.error("Could not send '{}' to {}", mail.subject(), mail.recipients(), e);
        }
    }
}
