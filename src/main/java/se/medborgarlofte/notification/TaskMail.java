package se.medborgarlofte.notification;

import java.time.LocalDate;
import java.util.List;

/** A message about a task to the people who should do it. */
public record TaskMail(List<String> recipients, String subject, String body) {

    /** A reminder that a task falls due soon. */
    public static TaskMail reminder(
            List<String> recipients, String taskName, String pledge, LocalDate due, String taskLink) {
        return new TaskMail(
                List.copyOf(recipients),
                "Påminnelse: " + taskName + " ska vara klar " + due + " – " + pledge,
                "Hej!\n\nUppgiften \"" + taskName + "\" i medborgarlöftet " + pledge + " ska vara klar senast " + due
                        + ".\n\nÖppna uppgiften:\n" + taskLink + "\n\n" + FOOTER);
    }

    /** An escalation to the coordinators: a task has passed its deadline. */
    public static TaskMail escalation(
            List<String> recipients,
            String taskName,
            String pledge,
            LocalDate due,
            List<String> groups,
            String taskLink) {
        return new TaskMail(
                List.copyOf(recipients),
                "Försenad: " + taskName + " – " + pledge,
                "Hej!\n\nUppgiften \"" + taskName + "\" i medborgarlöftet " + pledge + " skulle ha varit klar " + due
                        + " men är inte slutförd. Ansvarig grupp: " + String.join(", ", groups)
                        + ".\n\nÖppna uppgiften:\n" + taskLink + "\n\n" + FOOTER);
    }

    private static final String FOOTER = "Meddelandet skickades automatiskt av Medborgarlöfte. Svara inte på det.\n";

    /** The message about a new task: what, in which pledge, by when, and the link to open it in Tasklist. */
    public static TaskMail newTask(
            List<String> recipients,
            String taskName,
            String pledgeTitle,
            String registrationNumber,
            LocalDate due,
            String taskLink) {
        String pledge = pledgeTitle == null ? registrationNumber : pledgeTitle + " (" + registrationNumber + ")";
        String subject = "Ny uppgift: " + taskName + " – " + pledge;
        StringBuilder body = new StringBuilder()
                .append("Hej!\n\n")
                // a task outside any pledge (e.g. the council's meeting) names its case by the business key alone
                .append("Du har fått en ny uppgift i ")
                .append(pledgeTitle == null ? "ärendet " : "medborgarlöftet ")
                .append(pledge)
                .append(":\n\n")
                .append("  ")
                .append(taskName)
                .append('\n');
        if (due != null) {
            body.append("  Klar senast: ").append(due).append('\n');
        }
        body.append("\nÖppna uppgiften:\n").append(taskLink).append("\n\n").append(FOOTER);
        return new TaskMail(List.copyOf(recipients), subject, body.toString());
    }
}
