/** Runs one assessment cycle for the CLI and the demo through the runtime: imports the evidence, checks the reporting obligations (the runtime files the deductions), scores, ranks and publishes. */
package org.kaoping.plugin.run;
