package org.ocnkit.pdf;

import java.util.Arrays;
import java.util.List;

/**
 * Blocks that start a new page rather than be split, such as a signature block with its heading. A
 * group taller than a whole page is split after all, as its blocks allow.
 */
public record KeepTogether(List<Block> blocks) implements Block {
  public KeepTogether {
    blocks = List.copyOf(blocks);
    if (blocks.isEmpty()) {
      throw new IllegalArgumentException("keep-together needs at least one block");
    }
  }

  public static KeepTogether of(Block... blocks) {
    return new KeepTogether(Arrays.asList(blocks));
  }
}
