package se.medborgarlofte.casefile;

import java.time.Instant;
import se.medborgarlofte.system.FormValues;

/**
 * A user task that has just been completed, as its recorder needs it.
 *
 * @param key      the task's BPMN id
 * @param pledge   the registration number of its pledge (the business key; empty outside a pledge)
 * @param values   what its form wrote, with the task's other variables
 * @param actor    who completed it
 * @param assignee the task's assignee (for a steering member's review: that member)
 * @param at       when
 */
public record CompletedTask(String key, String pledge, FormValues values, String actor, String assignee, Instant at) {}
