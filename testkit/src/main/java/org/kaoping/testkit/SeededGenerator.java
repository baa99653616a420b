package org.kaoping.testkit;

import java.util.Iterator;
import java.util.SplittableRandom;
import org.kaoping.core.api.API;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * A generator of random test data that is a pure function of a seed: the same seed always gives an equal
 * value, so a failure found with a seed can be replayed with it. Usable from plain loops
 * ({@link #generate(long)}, {@link #iterator(long)}) and from QuickTheories ({@link #gen()}).
 *
 * @param <T> what it generates
 */
@API(status = API.Status.EXPERIMENTAL)
public interface SeededGenerator<T> {
    /** The value for {@code seed}; equal seeds give equal values. */
    T generate(long seed);

    /**
     * An endless iterator of values for the seeds drawn, in order, from a {@link SplittableRandom} seeded
     * with {@code seed}; two iterators with the same seed yield equal values in the same order.
     */
    default Iterator<T> iterator(long seed) {
        SplittableRandom seeds = new SplittableRandom(seed);
        return new Iterator<T>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public T next() {
                return generate(seeds.nextLong());
            }

            @Override
            public void remove() {
                throw new UnsupportedOperationException("remove");
            }
        };
    }

    /**
     * A QuickTheories generator: QuickTheories draws the seed and shrinks it (not the value's structure).
     * Generated values name their seed where they can (a generated rubric's source does), so a falsifying
     * value can be replayed with {@link #generate(long)}.
     */
    default Gen<T> gen() {
        return in -> generate(in.next(Constraint.none()));
    }
}
