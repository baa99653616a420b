/** JMH benchmarks and the synthetic national-scale data generator. */
package org.kaoping.benchmarks;
