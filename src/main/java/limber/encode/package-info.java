/**
 * Phone file formats: 16 kHz mono PCM to MP3 frames ({@link limber.encode.Mp3Sink}, the only
 * class that uses the jump3r encoder) and the ID3v2 tag put in front of them
 * ({@link limber.encode.Id3Tag}: title, album, track, chapters). Bytes only: where the bytes go,
 * and how a file is made whole, is the export's business.
 */
package limber.encode;
