/**
 * {@code brandpulse eval all}: every labelled data set in the shared data folder, the fast tier,
 * the VADER baseline and the deep tier side by side, next to the published figures. Data a model
 * was trained on is scored by cross-validation only; the deep tier, which is slow, on a fixed
 * sample (the first rows) whose size is printed.
 */
package org.brandpulse.nlp.eval.suite;
