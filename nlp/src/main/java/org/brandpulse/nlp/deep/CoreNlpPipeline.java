package org.brandpulse.nlp.deep;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.Properties;

/**
 * The one CoreNLP pipeline of the process, built on first use (loading its models takes several
 * seconds and a few hundred MB of heap) and shared by every {@link CoreNlpAnalyzer}; {@link
 * StanfordCoreNLP#annotate} is safe to call from many threads.
 *
 * <p>Chosen for speed where accuracy does not suffer for our use: NER runs the single CoNLL 4-class
 * model (PERSON, ORGANIZATION, LOCATION, MISC) without SUTime, numeric classifiers or the
 * fine-grained KBP gazetteer (which alone costs seconds to load and memory to hold); the parser is
 * the English PCFG because the shift-reduce model is not in the {@code models} jar (it ships in the
 * separate {@code models-english-extra} jar); the parser skips sentences longer than {@link
 * #MAX_PARSE_TOKENS} tokens, whose parse time grows with the cube of their length.
 */
final class CoreNlpPipeline {
  /** Sentences longer than this are not parsed and so carry no sentiment. */
  static final int MAX_PARSE_TOKENS = 60;

  private CoreNlpPipeline() {}

  private static final class Holder {
    static final StanfordCoreNLP INSTANCE = build();
  }

  /** The shared pipeline; the first call loads the models. */
  static StanfordCoreNLP get() {
    return Holder.INSTANCE;
  }

  /** The pipeline configuration, a fresh copy per call. */
  static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse,sentiment");
    p.setProperty("tokenize.language", "en");
    p.setProperty("tokenize.options", "untokenizable=noneDelete");
    p.setProperty(
        "ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("parse.model", "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz");
    p.setProperty("parse.maxlen", Integer.toString(MAX_PARSE_TOKENS));
    p.setProperty("parse.binaryTrees", "true");
    p.setProperty("parse.buildgraphs", "false");
    p.setProperty("sentiment.model", "edu/stanford/nlp/models/sentiment/sentiment.ser.gz");
    return p;
  }

  private static StanfordCoreNLP build() {
    // CoreNLP logs every model it loads at INFO; keep its warnings and errors only.
    RedwoodConfiguration.errorLevel().apply();
    return new StanfordCoreNLP(properties());
  }
}
