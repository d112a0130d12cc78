/**
 * The organisations that are parties to pledges, as records: name, kind, contact and a Camunda group of their own,
 * created by the application (at start-up for every organisation, and when one is added). A commitment names its
 * organisation; its measure goes to that organisation's group, and every co-signing organisation signs the pledge.
 * Uses {@code identity} (to create the groups with their rights) and {@code system}.
 */
package se.medborgarlofte.organisation;
