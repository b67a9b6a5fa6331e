/**
 * Text that people read, in any language: keeping numbers readable inside right-to-left text
 * ({@link dev.vigil.server.domain.model.text.BidiText}), the wordings kept as data
 * ({@link dev.vigil.server.domain.model.text.Messages}), and matching words the way staff write
 * them ({@link dev.vigil.server.domain.model.text.TermPattern}).
 */
package dev.vigil.server.domain.model.text;
