package se.medborgarlofte.council;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One month's council meeting: its agenda and, once recorded, its minutes and decisions. */
public record CouncilMeeting(
        long id,
        String month,
        Instant preparedAt,
        LocalDate heldOn,
        String attendees,
        String minutes,
        String recordedBy,
        List<AgendaItem> agenda,
        List<CouncilDecision> decisions) {}
