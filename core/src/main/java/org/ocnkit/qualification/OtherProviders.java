package org.ocnkit.qualification;

import java.util.List;
import java.util.OptionalInt;

/**
 * Other providers (OCN centres, schools) whose units the qualification accepts, with an optional
 * cap on the credits counted from them. A unit achieved with a provider not named here does not
 * count.
 */
public record OtherProviders(List<String> providers, OptionalInt maxCredits) {
  public OtherProviders {
    providers = List.copyOf(providers);
    if (providers.isEmpty()) {
      throw new IllegalArgumentException("name at least one accepted provider");
    }
    if (maxCredits.isPresent() && maxCredits.getAsInt() < 1) {
      throw new IllegalArgumentException("the cap on other providers' credits must be 1 or more");
    }
  }

  public boolean accepts(String provider) {
    return providers.contains(provider);
  }
}
