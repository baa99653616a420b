/**
 * An embedded, append-only, checksummed and hash-chained journal of text records that survives {@code kill -9}
 * and torn writes and never discards a complete record: the storage layer under the reference plugin's default
 * store. The full description, with the repair procedure, is {@code docs/journal.md}.
 *
 * <h2>File layout</h2>
 * A {@link org.kaoping.plugin.journal.Journal} named {@code N} in directory {@code D} is the data file
 * {@code D/N.jsonl}, which is itself OS-locked while open (there is no lock file), plus its manifest
 * {@code D/N.manifest}, which holds the last acknowledged sequence number and chain hash. Several journals with
 * different names may share a directory. A repair adds side files {@code D/N.damaged-<UTC time>-offset-<offset>.jsonl}
 * (the bytes it moved aside) and {@code D/N.manifest.replaced-<UTC time>}.
 *
 * <h2>Line format</h2>
 * The file is UTF-8 JSON Lines. Line {@code n} (1-based) is record {@code n} and reads exactly
 * <pre>{@code {"seq":<n>,"data":"<payload>","hash":"<hash>","crc":"<crc>"}}</pre>
 * followed by a single {@code \n} (no {@code \r}, no spaces), where
 * <ul>
 *   <li>{@code <n>} is the sequence number in decimal without leading zeros; the first record is 1
 *       and each next record is one more;</li>
 *   <li>{@code <payload>} is the appended text as a JSON string body: {@code "} and {@code \} are
 *       escaped as {@code \"} and {@code \\}, U+0000..U+001F as {@code \n \r \t \b \f} or
 *       <code>&#92;u00XX</code>, and every other character (Chinese text included) is written verbatim
 *       in UTF-8. A JSON payload is therefore stored as a string, e.g.
 *       {@code "data":"{\"unit\":\"海城区\"}"}, and a payload may contain newlines;</li>
 *   <li>{@code <hash>} is the record's link in the hash chain, 64 lowercase hex digits:
 *       {@code HashChain.link(previous, payload)} (SHA-256 of the previous record's hash, a line feed and the
 *       payload's UTF-8 bytes; the previous hash of record 1 is 64 zeros), see
 *       {@link org.kaoping.spi.support.HashChain};</li>
 *   <li>{@code <crc>} is the CRC32 ({@link java.util.zip.CRC32}) as 8 lowercase hex digits, computed
 *       over the UTF-8 bytes of the line from its first byte (the opening brace) up to and including the
 *       closing quote of the hash, that is everything before {@code ,"crc":"}. The trailer
 *       {@code ,"crc":"xxxxxxxx"}} is always the last 18 bytes of the line.</li>
 * </ul>
 * A line is at most {@link org.kaoping.plugin.journal.Journal#MAX_LINE_BYTES} bytes. Any JSON Lines reader can
 * read the file; {@code jq -r .data} prints the payloads.
 *
 * <h2>Manifest format</h2>
 * Two slots of 128 bytes, each {@code {"gen":G,"seq":N,"hash":"<64 hex>","crc":"<8 hex>"}} padded with spaces and
 * ending in a newline (the CRC over the text before {@code ,"crc"}); the valid slot of the higher generation is the
 * acknowledged head. Each append writes the other slot after the data is forced, and forces it.
 *
 * <h2>Torn writes and damage</h2>
 * On open, a last line without its final newline, beyond the acknowledged records, is a torn write and is
 * truncated with a warning naming the file and byte offset; complete records beyond the acknowledged head (a crash
 * between the data's fsync and the manifest's) are kept. Anything else fails with
 * {@link org.kaoping.plugin.journal.JournalCorruptedException} naming file, line and byte offset, and changes
 * nothing: a complete line with a bad checksum or framing, a sequence number out of order, a broken chain, fewer
 * records than acknowledged, a missing or unreadable manifest. {@link org.kaoping.plugin.journal.Journal#repair}
 * moves the damaged bytes aside; {@link org.kaoping.plugin.journal.Journal#verify()} walks the chain again. See
 * {@link org.kaoping.plugin.journal.Journal} for the durability and thread-safety guarantees.
 *
 * <h2>Opening from a checkpoint</h2>
 * {@link org.kaoping.plugin.journal.Journal#open(java.nio.file.Path, String, org.kaoping.plugin.journal.Journal.Checkpoint)}
 * takes a record the caller vouches for (sequence number, line offset, chain hash: the journal store takes it from
 * a snapshot whose digest is anchored in the chain) and reads only that line and the records after it, checking them
 * as above; if the file does not hold that record there, it reads the whole file. The records before it are read
 * (and their chain checked) only when asked for; {@code verify} always walks the whole file.
 */
package org.kaoping.plugin.journal;
