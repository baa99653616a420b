/** The year's key-task list (四定重点工作任务) as the office's CSV file: read, checked against the plan, and written. */
package org.kaoping.plugin.task;
