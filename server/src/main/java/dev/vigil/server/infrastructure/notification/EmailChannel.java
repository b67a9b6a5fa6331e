package dev.vigil.server.infrastructure.notification;

import dev.vigil.plugin.notify.DeliveryException;
import dev.vigil.plugin.notify.NotificationChannel;
import dev.vigil.plugin.notify.OutboundMessage;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;

/** Sends notifications as plain-text e-mail through the configured SMTP server ({@code vigil.mail.*}). */
public final class EmailChannel implements NotificationChannel {

    /** The SMTP settings: host and port, the sender, optional credentials, STARTTLS or TLS from the start. */
    public record SmtpSettings(String host, int port, String from, String username, String password, boolean startTls,
                               boolean ssl) {
    }

    private final Optional<SmtpSettings> smtp;
    private final Session session;

    /** A channel without an SMTP server: every e-mail becomes a dead letter that says what to configure. */
    public static EmailChannel unconfigured() {
        return new EmailChannel(null);
    }

    public EmailChannel(SmtpSettings smtp) {
        this.smtp = Optional.ofNullable(smtp);
        this.session = smtp == null ? null : session(smtp);
    }

    private static Session session(SmtpSettings s) {
        Properties p = new Properties();
        p.put("mail.smtp.host", s.host());
        p.put("mail.smtp.port", String.valueOf(s.port()));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        p.put("mail.smtp.starttls.enable", String.valueOf(s.startTls()));
        p.put("mail.smtp.starttls.required", String.valueOf(s.startTls()));
        p.put("mail.smtp.ssl.enable", String.valueOf(s.ssl()));
        boolean auth = s.username() != null && !s.username().isBlank();
        p.put("mail.smtp.auth", String.valueOf(auth));
        Authenticator authenticator = !auth ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(s.username(), s.password());
            }
        };
        return Session.getInstance(p, authenticator);
    }

    @Override
    public String scheme() {
        return "email";
    }

    @Override
    public void deliver(OutboundMessage message) throws DeliveryException {
        if (smtp.isEmpty()) {
            throw new DeliveryException("no SMTP server configured: set vigil.mail.host and vigil.mail.from", null, true);
        }
        MimeMessage mail = new MimeMessage(session);
        try {
            mail.setFrom(new InternetAddress(smtp.get().from(), true));
            mail.setRecipient(Message.RecipientType.TO, new InternetAddress(message.recipient(), true));
            mail.setSubject(message.subject(), "UTF-8");
            mail.setText(message.text(), "UTF-8");
            mail.setSentDate(Date.from(message.createdAt()));
            mail.setHeader("X-Vigil-Notification", message.id());
            mail.setHeader("X-Vigil-Event", message.event());
        } catch (AddressException e) {
            throw new DeliveryException("not an e-mail address: " + e.getRef(), e, true);
        } catch (MessagingException e) {
            throw new DeliveryException("could not compose the e-mail: " + e.getMessage(), e, true);
        }
        try {
            Transport.send(mail);
        } catch (jakarta.mail.AuthenticationFailedException e) {
            throw new DeliveryException("SMTP server refused Vigil's credentials (vigil.mail.username, vigil.mail.password)", e, true);
        } catch (SendFailedException e) {
            boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
            throw new DeliveryException("SMTP server refused the message: " + e.getMessage(), e, refused);
        } catch (MessagingException e) {
            throw new DeliveryException("SMTP server unreachable or failing: " + e.getMessage(), e);
        }
    }
}
