/**
 * The export job: a timeline's audio and captions to files, each written aside in the target's
 * directory and moved into place only when whole; an existing file is replaced only when asked.
 */
package limber.export;
