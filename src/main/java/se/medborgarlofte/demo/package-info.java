/**
 * Demo data for the quick start: two pledges in different stages, driven through the engine as the demo users would,
 * so that a newcomer sees a living system, with a citizen's input on the running one waiting for the coordinator.
 * Only in the {@code demo} profile. On top, beside {@code cases}: uses {@code pledge}, {@code measure},
 * {@code citizeninput}, {@code steering}, {@code identity} and {@code system}.
 */
package se.medborgarlofte.demo;
