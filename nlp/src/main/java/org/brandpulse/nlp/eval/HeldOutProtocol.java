package org.brandpulse.nlp.eval;

/**
 * The evaluation protocol every model card states and every training command keeps (issue 16):
 * figures measured on the data a model was selected on overstate it, so selection and reporting use
 * different data.
 */
public final class HeldOutProtocol {
  private HeldOutProtocol() {}

  /** The protocol as a model-card section (Markdown, ends with a newline). */
  public static final String MARKDOWN =
      """

      ## Evaluation protocol (held out)
      1. **Select on an inner split only.** Features, settings, thresholds, rules and cue phrases
         are chosen on inner cross-validation folds of the training part or on a named dev split,
         never on the split that is reported.
      2. **Report one untouched split once.** After the choices are frozen, the held-out split is
         scored once and that figure is reported, next to the cross-validated one; a figure
         measured again after a later change says so and what changed.
      3. **Never tune on the reported figure.** If the held-out figure disappoints, the next change
         is chosen on the inner split again, and the held-out split is reported as "seen twice".
      Expect held-out figures a few points under cross-validation: the gap is the price of
      selection, not noise to tune away. The needs-reply set (`eval replies`, data card
      `config/src/test/resources/eval/support-replies-CARD.md`) follows the same rule with a dev
      split for rule changes and a test split reported once; a test split that has been looked
      at joins the dev split and a fresh one is labelled.
      """;
}
