/**
 * The few thread helpers the other packages share: daemon threads by name, and waiting on a
 * future so that its failure comes back as the exception the task threw. Imports nothing of
 * Limber's; every package may import it.
 */
package limber.threads;
