package org.brandpulse.nlp.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Hashtags, mentions and emoji of a token list: distinct, in order of first appearance. */
public final class SocialFeatures {
  private SocialFeatures() {}

  /** Hashtags without {@code #}, lower case. */
  public static List<String> hashtags(List<Token> tokens) {
    return distinctLower(tokens, Token.Kind.HASHTAG);
  }

  /** Mentioned handles without {@code @}, lower case. */
  public static List<String> mentions(List<Token> tokens) {
    return distinctLower(tokens, Token.Kind.MENTION);
  }

  /** Emoji clusters as written (ZWJ sequences, skin tones and flags whole). */
  public static List<String> emoji(List<Token> tokens) {
    Set<String> out = new LinkedHashSet<>();
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.EMOJI) {
        out.add(t.text());
      }
    }
    return new ArrayList<>(out);
  }

  private static List<String> distinctLower(List<Token> tokens, Token.Kind kind) {
    Set<String> out = new LinkedHashSet<>();
    for (Token t : tokens) {
      if (t.kind() == kind) {
        out.add(t.lower());
      }
    }
    return new ArrayList<>(out);
  }
}
