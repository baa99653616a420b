/** The year's key tasks (四定重点工作任务: 定任务、定责任、定时间、定标准), the units' monthly progress on them and their status as of a day. */
package org.kaoping.core.task;
