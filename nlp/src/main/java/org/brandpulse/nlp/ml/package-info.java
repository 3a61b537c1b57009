/**
 * A small, fast text classifier toolkit: hashed features, logistic regression, boosted trees for
 * dense features, compact model files. Plain Java, no dependencies.
 *
 * <h2>Features</h2>
 *
 * {@link org.brandpulse.nlp.ml.FeatureHasher} maps the tokens of a text to a sparse vector {@code
 * x} in {@code R^D}, {@code D = 2^bits} ({@link org.brandpulse.nlp.ml.FeatureConfig}): every word
 * unigram, word bigram and character n-gram ({@code charMin..charMax} characters of the token
 * padded as {@code <token>}) of string {@code s} adds {@code sign(s)} at slot {@code h(s) mod D},
 * where {@code h} is MurmurHash3's mixing with a seed per feature kind and {@code sign} is the top
 * hash bit (Weinberger et al. 2009: signed hashing keeps inner products unbiased under collisions).
 * Callers usually L2-normalise the n-gram block ({@link
 * org.brandpulse.nlp.ml.FeatureVector#normalize(int)}, {@code x <- x / ||x||_2}, so long and short
 * texts weigh alike) and then append dense named cues (lexicon scores, counts) at their own scale
 * with {@link org.brandpulse.nlp.ml.FeatureHasher#addNamed}.
 *
 * <h2>Model</h2>
 *
 * {@link org.brandpulse.nlp.ml.LinearModel}, for {@code K} classes, holds weights {@code W} ({@code
 * K x D}) and biases {@code b}: margins {@code z = W x + b}, probabilities {@code p_c = exp(z_c) /
 * sum_j exp(z_j)} (softmax). A binary model keeps one row {@code w} and fixes class 0's margin at
 * 0, so {@code p_1 = 1 / (1 + exp(-(w x + b)))}. Prediction costs {@code O(nnz(x) * K)}
 * multiply-adds and allocates nothing when the caller reuses a {@link
 * org.brandpulse.nlp.ml.FeatureVector} and a {@code double[K]}. {@link
 * org.brandpulse.nlp.ml.LinearModel#withOffsets} adds per-class constants to {@code b} (a prior
 * shift), which is how decision thresholds are tuned after training.
 *
 * <h2>Training</h2>
 *
 * {@link org.brandpulse.nlp.ml.LogisticRegression} minimises {@code sum_i a_{y_i} * (-log
 * p_{y_i}(x_i)) + (l2/2) ||W||^2} with class weights {@code a_c} ({@link
 * org.brandpulse.nlp.ml.TrainingSet#balancedClassWeights()} gives {@code n / (K n_c)}). The
 * gradient of one example is {@code g_c = a_y (p_c - [c = y])} times {@code x} for {@code W_c} (and
 * {@code g_c} for {@code b_c}); the L2 term is applied lazily, only to the weights of features
 * present in the example, which keeps an update {@code O(nnz(x) * K)}. AdaGrad steps each weight by
 * {@code eta * g / sqrt(G + 1e-8)} where {@code G} is the running sum of that weight's squared
 * gradients: rare n-grams get large steps, frequent ones small. Examples are visited in a fresh
 * shuffle per epoch from a {@link java.util.SplittableRandom} seeded by {@link
 * org.brandpulse.nlp.ml.TrainerOptions#seed()}, on one thread, so training is bit-for-bit
 * repeatable.
 *
 * <p>{@link org.brandpulse.nlp.ml.NaiveBayesScaling} (binary only) multiplies each slot by its
 * naive-Bayes log-count ratio {@code r_j = log((p_j/|p|) / (q_j/|q|))} before training and
 * multiplies {@code r} into the learnt weights afterwards ({@code w . (r o x) = (w o r) . x}): the
 * NB-LR of Wang and Manning (2012) at no cost at prediction time.
 *
 * <h2>Boosted trees</h2>
 *
 * {@link org.brandpulse.nlp.ml.TreeBoosting} fits {@link org.brandpulse.nlp.ml.BoostedTrees} to a
 * few dozen dense values per example (a linear model's margin beside lexicon cues and word-vector
 * directions), where interactions matter and n-grams do not: Friedman's two-class logistic gradient
 * boosting with best-first least-squares trees and Newton leaf values, deterministic, scored by
 * walking flat arrays. Its text file format is documented on {@code BoostedTrees}.
 *
 * <h2>Validation and files</h2>
 *
 * {@link org.brandpulse.nlp.ml.StratifiedKFold} deals each class's shuffled examples round-robin
 * into k folds; {@link org.brandpulse.nlp.ml.CrossValidation} returns out-of-fold probabilities.
 * {@link org.brandpulse.nlp.ml.LinearModel#write}/{@link org.brandpulse.nlp.ml.LinearModel#read}
 * use the versioned float32 format described in {@code LinearModelFormat}: header (version, feature
 * configuration, labels, properties) then the weights, stored sparsely when most are zero.
 */
package org.brandpulse.nlp.ml;
