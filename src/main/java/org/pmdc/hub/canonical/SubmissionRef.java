package org.pmdc.hub.canonical;

import java.util.UUID;

/** Lineage: the submission a canonical record came from, and its publisher. */
public record SubmissionRef(long id, UUID publicId, long publisherId, String publisherCode) {}
