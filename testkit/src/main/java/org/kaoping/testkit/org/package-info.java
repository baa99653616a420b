/** Seeded random organization forests (city, counties, townships, villages, departments, enterprises) for property tests. */
package org.kaoping.testkit.org;
