package org.kaoping.plugin.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.spi.EvidenceConflictException;
import org.kaoping.spi.SubmitOutcome;

/**
 * What both stores do with a batch of evidence before writing it: check every item and take its stored
 * form, then decide, item by item and in order, whether it is new, a duplicate of what is stored (or of an
 * earlier item of the same batch) or a conflict. Nothing is written here.
 */
final class SubmissionBatch {
    private SubmissionBatch() {
    }

    /**
     * The stored forms of {@code evidence}, in order.
     *
     * @param check the store's own limits, run on each item before its stored form is taken
     * @throws NullPointerException if the list or an item is null
     * @throws IllegalArgumentException if an item cannot be stored
     */
    static List<StoredForm> forms(List<? extends Evidence> evidence, Consumer<Evidence> check) {
        return forms(evidence, check, StoredForm::of);
    }

    /**
     * The stored forms of {@code evidence}, in order, each made by {@code form} ({@link StoredForm#of} or the same
     * made faster, {@link StoredForm#encoded}).
     */
    static List<StoredForm> forms(List<? extends Evidence> evidence, Consumer<Evidence> check,
            Function<Evidence, StoredForm> form) {
        Objects.requireNonNull(evidence, "evidence must not be null");
        List<StoredForm> forms = new ArrayList<>(evidence.size());
        for (int i = 0; i < evidence.size(); i++) {
            Evidence e = evidence.get(i);
            if (e == null) {
                throw new NullPointerException("evidence must not contain null; index " + i + " is null");
            }
            check.accept(e);
            forms.add(form.apply(e));
        }
        return forms;
    }

    /**
     * Adds one outcome per form to {@code outcomes} and returns the forms to add, by id, in order.
     *
     * @param stored the content of what is stored under an id, or null when nothing is
     * @param content the content of a form, in the same terms (its JSON text or its hash)
     * @throws EvidenceConflictException if an id is stored, or repeated in the batch, with other content
     */
    static Map<String, StoredForm> decide(List<StoredForm> forms, Function<String, String> stored,
            Function<StoredForm, String> content, List<SubmitOutcome> outcomes) {
        List<String> ids = new ArrayList<>(forms.size());
        for (StoredForm f : forms) {
            ids.add(f.value.id());
        }
        Map<String, StoredForm> added = new LinkedHashMap<>();
        for (int i : decide(ids, stored, i -> content.apply(forms.get(i)), outcomes)) {
            added.put(ids.get(i), forms.get(i));
        }
        return added;
    }

    /**
     * The same decision over the items' ids alone, asking for an item's content only when its id is stored or
     * repeats an earlier item's (so that a batch of new evidence needs no content to be decided): adds one outcome
     * per id to {@code outcomes} and returns the indexes of the items to add, in order.
     *
     * @param content the content of item {@code i}, in the terms of {@code stored}
     * @throws EvidenceConflictException if an id is stored, or repeated in the batch, with other content
     */
    static int[] decide(List<String> ids, Function<String, String> stored, IntFunction<String> content,
            List<SubmitOutcome> outcomes) {
        Map<String, Integer> added = new HashMap<>();
        int[] order = new int[ids.size()];
        int count = 0;
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String before = stored.apply(id);
            if (before == null) {
                Integer earlier = added.get(id);
                before = earlier == null ? null : content.apply(earlier);
            }
            if (before == null) {
                added.put(id, i);
                order[count++] = i;
                outcomes.add(SubmitOutcome.ADDED);
            } else if (before.equals(content.apply(i))) {
                outcomes.add(SubmitOutcome.DUPLICATE);
            } else {
                throw new EvidenceConflictException(id);
            }
        }
        return Arrays.copyOf(order, count);
    }
}
