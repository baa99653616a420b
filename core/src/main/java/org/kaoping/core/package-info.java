/** Kaoping's domain: organizations, rubrics, rules, points and their validation, as pure values without I/O. */
package org.kaoping.core;
