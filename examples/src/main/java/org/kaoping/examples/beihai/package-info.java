/** The Beihai 2015 example: embedding Kaoping's runtime the way an OA system would. */
package org.kaoping.examples.beihai;
