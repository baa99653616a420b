/** The assessment plan as a file (考评方案): what it declares, the Beihai 2015 default, and how it is resolved into a runtime setup. */
package org.kaoping.plugin.plan;
