/** Scoring and ranking a whole nation on several threads, and an incremental ranking for single-fact updates. */
package org.kaoping.benchmarks.scoring;
