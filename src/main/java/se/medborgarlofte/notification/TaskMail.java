package se.medborgarlofte.notification;

import java.time.LocalDate;
import java.util.List;

/** A message about a task to the people who should do it. */
public record TaskMail(List<String> recipients, String subject, String body) {

    /** The message about a new task: what, in which pledge, by when, and the link to open it in Tasklist. */
    public static TaskMail newTask(List<String> recipients, String taskName, String pledgeTitle, String registrationNumber,
                                   LocalDate due, String taskLink) {
        String pledge = pledgeTitle == null ? registrationNumber : pledgeTitle + " (" + registrationNumber + ")";
        String subject = "Ny uppgift: " + taskName + " – " + pledge;
        StringBuilder body = new StringBuilder()
                .append("Hej!\n\n")
                .append("Du har fått en ny uppgift i medborgarlöftet ").append(pledge).append(":\n\n")
                .append("  ").append(taskName).append('\n');
        if (due != null) {
            body.append("  Klar senast: ").append(due).append('\n');
        }
        body.append("\nÖppna uppgiften i Tasklist:\n").append(taskLink).append("\n\n")
                .append("Meddelandet skickades automatiskt av Medborgarlöfte. Svara inte på det.\n");
        return new TaskMail(List.copyOf(recipients), subject, body.toString());
    }
}
