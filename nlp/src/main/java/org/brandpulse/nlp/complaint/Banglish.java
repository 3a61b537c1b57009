package org.brandpulse.nlp.complaint;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.brandpulse.nlp.text.Token;

/**
 * Recognises Banglish (Bengali written in Latin letters) by its everyday function words, so that a
 * Banglish post the language identifier could not place ({@code und}, or a short post it took for
 * Portuguese or Dutch) still reaches the Bengali complaint model. The words are common pronouns,
 * question words, verb forms and particles in their usual spellings, chosen from knowledge of the
 * language, not fitted to any data set. English posts are never rerouted (see {@link
 * BengaliComplaintModel}). Thread-safe.
 */
final class Banglish {
  private static final Set<String> MARKERS =
      new HashSet<>(
          List.of(
              "ami",
              "amar",
              "amake",
              "amra",
              "amader",
              "apni",
              "apnar",
              "apnara",
              "apnader",
              "apnake",
              "tumi",
              "tomar",
              "tomra",
              "vai",
              "vaiya",
              "bhai",
              "bhaiya",
              "ekhono",
              "ekhon",
              "keno",
              "kobe",
              "koto",
              "kothay",
              "kivabe",
              "kemon",
              "hoy",
              "hoye",
              "hoise",
              "hoyeche",
              "hoyni",
              "hocche",
              "hobe",
              "holo",
              "nai",
              "nei",
              "kora",
              "kore",
              "korsi",
              "korechi",
              "korlam",
              "korsilam",
              "korun",
              "koren",
              "korbo",
              "korte",
              "korse",
              "kortese",
              "dise",
              "diyechen",
              "dilam",
              "diben",
              "dao",
              "pai",
              "paini",
              "pabo",
              "peyechi",
              "pelam",
              "paoa",
              "asche",
              "ashe",
              "aseni",
              "ashche",
              "taka",
              "takar",
              "lagbe",
              "jabe",
              "acche",
              "chilo",
              "bolse",
              "bolche",
              "bolen",
              "kintu",
              "jonno",
              "theke",
              "moddhe",
              "sathe",
              "onek",
              "khub",
              "ekdom",
              "dhonnobad",
              "valo",
              "kharap",
              "bole",
              "chai",
              "ferot",
              "pathalam",
              "kinlam",
              "ajke",
              "sobai",
              "eta",
              "oita",
              "naki",
              "kichu",
              "kichui",
              "diner",
              "parchi",
              "pari",
              "koro",
              "diye",
              "jacche",
              "jacchi",
              "dekhbi",
              "dekhen",
              "janaben",
              "janan"));

  private Banglish() {}

  /** At least two distinct marker words, making up at least a fifth of the words. */
  static boolean looksBanglish(List<Token> tokens) {
    int words = 0;
    int markers = 0;
    Set<String> distinct = new HashSet<>();
    for (Token t : tokens) {
      if (t.kind() != Token.Kind.WORD) {
        continue;
      }
      words++;
      if (MARKERS.contains(t.lower())) {
        markers++;
        distinct.add(t.lower());
      }
    }
    return distinct.size() >= 2 && markers * 5 >= words;
  }
}
