package org.kaoping.core.scoring;

import org.kaoping.core.KaopingException;

/** Thrown when evidence cannot be scored as given, e.g. a judgement level the rule does not list; names unit, criterion and evidence. */
public final class ScoringException extends KaopingException {
    private static final long serialVersionUID = 1L;

    public ScoringException(String message) {
        super(message);
    }
}
