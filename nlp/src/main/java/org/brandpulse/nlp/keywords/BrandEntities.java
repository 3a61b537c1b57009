package org.brandpulse.nlp.keywords;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.brandpulse.nlp.AnalysisContext;
import org.brandpulse.nlp.Entity;
import org.brandpulse.nlp.EntityType;
import org.brandpulse.nlp.text.TextSanitizer;
import org.brandpulse.nlp.text.Token;
import org.brandpulse.nlp.text.Tokenizer;

/**
 * Finds the context's brands in a text: brand names as whole-token sequences in any case (also as
 * hashtags: {@code #Acme}), and the brands' handles among the mentions. Entities are {@link
 * EntityType#BRAND}, as written in the text (handles with their {@code @}), distinct, in order.
 */
public final class BrandEntities {
  private BrandEntities() {}

  /**
   * What was found.
   *
   * @param entities the brand entities
   * @param namesBrand a brand name occurs in the text
   * @param mentionsHandle one of the brand's handles is mentioned
   */
  public record Matches(List<Entity> entities, boolean namesBrand, boolean mentionsHandle) {
    /** Nothing found. */
    public static final Matches NONE = new Matches(List.of(), false, false);
  }

  /** Looks for the context's brand names and handles in the tokenized text. */
  public static Matches find(String text, List<Token> tokens, AnalysisContext context) {
    if (context.brandNames().isEmpty() && context.brandHandles().isEmpty()) {
      return Matches.NONE;
    }
    // each entity at its first position in the text: the order of the text, not of the brands
    // (their set's iteration order differs from one JVM to the next)
    Map<Entity, Integer> found = new HashMap<>();
    boolean names = false;
    for (String name : context.brandNames()) {
      List<Token> needle = Tokenizer.tokenize(TextSanitizer.sanitize(name, 200).orElse(""));
      if (needle.isEmpty()) {
        continue;
      }
      for (int i = 0; i + needle.size() <= tokens.size(); i++) {
        if (matchesAt(tokens, i, needle)) {
          Token first = tokens.get(i);
          Token last = tokens.get(i + needle.size() - 1);
          int from = first.kind() == Token.Kind.HASHTAG ? first.start() + 1 : first.start();
          int to = last.start() + last.text().length() + (hasSigil(last) ? 1 : 0);
          found.merge(
              new Entity(text.substring(from, Math.min(to, text.length())), EntityType.BRAND),
              first.start(),
              Math::min);
          names = true;
        }
      }
    }
    Set<String> handles = new LinkedHashSet<>();
    for (String h : context.brandHandles()) {
      String clean = h.strip().toLowerCase(Locale.ROOT);
      handles.add(clean.startsWith("@") ? clean.substring(1) : clean);
    }
    boolean mentioned = false;
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.MENTION && handles.contains(t.lower())) {
        found.merge(new Entity("@" + t.text(), EntityType.BRAND), t.start(), Math::min);
        mentioned = true;
      }
    }
    List<Entity> inOrder = new ArrayList<>(found.keySet());
    inOrder.sort(
        Comparator.comparing((Entity e) -> found.get(e))
            .thenComparing(Entity::text)); // a brand named like a handle: the same place
    return new Matches(inOrder, names, mentioned);
  }

  private static boolean hasSigil(Token t) {
    return t.kind() == Token.Kind.HASHTAG || t.kind() == Token.Kind.MENTION;
  }

  private static boolean matchesAt(List<Token> tokens, int i, List<Token> needle) {
    for (int k = 0; k < needle.size(); k++) {
      Token t = tokens.get(i + k);
      Token n = needle.get(k);
      boolean wordish =
          t.kind() == Token.Kind.WORD
              || t.kind() == Token.Kind.HASHTAG
              || t.kind() == Token.Kind.NUMBER;
      if (!(wordish || t.kind() == n.kind()) || !t.lower().equals(n.lower())) {
        return false;
      }
    }
    return true;
  }
}
