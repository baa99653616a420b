/** The build's checks of Kaoping's published API: a status on every public type, and compatibility of the stable ones. */
package org.kaoping.apicheck;
