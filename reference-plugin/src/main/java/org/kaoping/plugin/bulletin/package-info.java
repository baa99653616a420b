/** The documents after the scores: the 通报 of results, the 评先评优 list and the 绩效考评 export, in HTML, Word (.docx), Excel and CSV. */
package org.kaoping.plugin.bulletin;
