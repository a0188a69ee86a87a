/**
 * A classifier over sentence embeddings: an in-process embedding model shipped in a Maven artifact (ONNX
 * Runtime, nothing downloaded at run time) and a small multinomial logistic regression per scheme, trained
 * from labelled examples at start-up. Call {@link org.complaintkit.classify.embeddings.OfflineRuntime#prepare}
 * before anything loads the model.
 */
package org.complaintkit.classify.embeddings;
