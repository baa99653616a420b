package org.kaoping.plugin.journal;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Main class run in a child JVM by {@link JournalKillTest} and {@link JournalLockTest}.
 *
 * <ul>
 *   <li>{@code append DIR N}: appends N records and prints each acknowledged sequence number after append returned;</li>
 *   <li>{@code hold DIR}: opens the journal, prints {@code locked}, holds it until stdin is closed;</li>
 *   <li>{@code try DIR}: tries to open the journal and prints {@code opened N}, {@code refused: <message>} (locked)
 *       or {@code damaged: <message>}.</li>
 * </ul>
 */
public final class JournalChild {
    private JournalChild() {
    }

    /** The payload of record {@code i}, which the parent recomputes to check content. */
    static String payload(long i) {
        StringBuilder pad = new StringBuilder();
        for (long k = 0; k < i % 37; k++) {
            pad.append('x');
        }
        return "{\"i\":" + i + ",\"unit\":\"合浦县\",\"text\":\"第" + i + "条证据 \\\"quoted\\\"\",\"pad\":\"" + pad + "\"}";
    }

    public static void main(String[] args) throws Exception {
        Path dir = Paths.get(args[1]);
        switch (args[0]) {
            case "append": {
                int n = Integer.parseInt(args[2]);
                Journal journal = Journal.open(dir);
                for (int i = 1; i <= n; i++) {
                    long seq = journal.append(payload(i));
                    System.out.println(seq);
                    System.out.flush();
                }
                journal.close();
                System.out.println("done");
                System.out.flush();
                break;
            }
            case "hold": {
                Journal journal = Journal.open(dir);
                System.out.println("locked");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // wait for the parent to close stdin
                }
                journal.close();
                break;
            }
            case "try": {
                try (Journal journal = Journal.open(dir)) {
                    System.out.println("opened " + journal.lastSequence());
                } catch (JournalLockedException e) {
                    System.out.println("refused: " + e.getMessage());
                } catch (JournalCorruptedException e) {
                    System.out.println("damaged: " + e.getMessage());
                }
                System.out.flush();
                break;
            }
            default:
                throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }
}
