/**
 * An embedded, append-only, checksummed journal of text records that survives {@code kill -9} and
 * torn writes: the storage layer under the reference plugin's default store.
 *
 * <h2>File layout</h2>
 * A {@link org.kaoping.plugin.journal.Journal} named {@code N} in directory {@code D} is the file
 * {@code D/N.jsonl} plus the lock file {@code D/N.lock} (kept, never deleted; only its OS lock
 * matters). Several journals with different names may share a directory.
 *
 * <h2>Line format</h2>
 * The file is UTF-8 JSON Lines. Line {@code n} (1-based) is record {@code n} and reads exactly
 * <pre>{@code {"seq":<n>,"data":"<payload>","crc":"<crc>"}}</pre>
 * followed by a single {@code \n} (no {@code \r}, no spaces), where
 * <ul>
 *   <li>{@code <n>} is the sequence number in decimal without leading zeros; the first record is 1
 *       and each next record is one more;</li>
 *   <li>{@code <payload>} is the appended text as a JSON string body: {@code "} and {@code \} are
 *       escaped as {@code \"} and {@code \\}, U+0000..U+001F as {@code \n \r \t \b \f} or
 *       <code>&#92;u00XX</code>, and every other character (Chinese text included) is written verbatim
 *       in UTF-8. A JSON payload is therefore stored as a string, e.g.
 *       {@code "data":"{\"unit\":\"海城区\"}"}, and a payload may contain newlines;</li>
 *   <li>{@code <crc>} is the CRC32 ({@link java.util.zip.CRC32}) as 8 lowercase hex digits, computed
 *       over the UTF-8 bytes of the line from its first byte (the opening brace) up to and including the
 *       closing quote of the data string, that is everything before {@code ,"crc":"}. The trailer
 *       {@code ,"crc":"xxxxxxxx"}} is always the last 18 bytes of the line.</li>
 * </ul>
 * Example: {@code {"seq":1,"data":"考评","crc":"<8 hex digits>"}}. Any JSON Lines reader can read the file;
 * {@code jq -r .data} prints the payloads.
 *
 * <h2>Torn writes and damage</h2>
 * On open, a bad line (no newline, wrong checksum, bad framing) that is followed by no valid line is a
 * torn write and is truncated with a warning; a bad line followed by a valid one, or a sequence number
 * out of order, fails with {@link org.kaoping.plugin.journal.JournalCorruptedException}. See
 * {@link org.kaoping.plugin.journal.Journal} for the durability and thread-safety guarantees.
 */
package org.kaoping.plugin.journal;
