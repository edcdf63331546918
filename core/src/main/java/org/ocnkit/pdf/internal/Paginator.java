package org.ocnkit.pdf.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Places boxes on pages top to bottom: a box that does not fit is split where it allows, else moved
 * to the next page; vertical space at the top of a page is dropped; a box kept with the next one
 * moves with it.
 */
final class Paginator {
  /** Tolerance for rounding in float sums of heights. */
  static final float EPSILON = 0.01f;

  /** A box at {@code top} points below the top of a page's body. */
  record Placed(Box box, float top) {}

  private Paginator() {}

  /**
   * The boxes on each page.
   *
   * @param bodyHeight the body height of page {@code i} (0-based)
   * @throws IllegalStateException if a box that cannot be split is taller than a page
   */
  static List<List<Placed>> paginate(List<Box> boxes, IntToDoubleFunction bodyHeight) {
    List<List<Placed>> pages = new ArrayList<>();
    List<Placed> page = new ArrayList<>();
    pages.add(page);
    Deque<Box> queue = new ArrayDeque<>(boxes);
    float y = 0;
    while (!queue.isEmpty()) {
      Box box = queue.pollFirst();
      float height = (float) bodyHeight.applyAsDouble(pages.size() - 1);
      boolean pageTop = y == 0;
      if (box.droppable() && pageTop && pages.size() > 1) {
        continue;
      }
      float available = height - y;
      float need = box.height() + (box.keepWithNext() ? following(queue) : 0);
      if (need <= available + EPSILON || (pageTop && box.height() <= available + EPSILON)) {
        page.add(new Placed(box, y));
        y += box.height();
        continue;
      }
      if (box instanceof GroupBox group && pageTop) {
        List<Box> inner = group.boxes();
        for (int i = inner.size() - 1; i >= 0; i--) {
          queue.addFirst(inner.get(i));
        }
        continue;
      }
      Box[] parts =
          box instanceof GroupBox || box.keepWithNext() && !pageTop
              ? null
              : box.split(available, pageTop, height);
      if (parts != null) {
        page.add(new Placed(parts[0], y));
        queue.addFirst(parts[1]);
      } else if (pageTop) {
        throw new IllegalStateException(
            String.format(
                "a block %.0f points tall does not fit on a page with %.0f points for the body and"
                    + " cannot be split; make it smaller",
                box.height(), height));
      } else {
        queue.addFirst(box);
      }
      page = new ArrayList<>();
      pages.add(page);
      y = 0;
    }
    return pages;
  }

  /** The height that must follow a keep-with-next box: spaces, then the next box's first part. */
  private static float following(Deque<Box> queue) {
    float h = 0;
    for (Iterator<Box> it = queue.iterator(); it.hasNext(); ) {
      Box next = it.next();
      if (next.droppable()) {
        h += next.height();
        continue;
      }
      return h + next.minHead();
    }
    return 0;
  }
}
