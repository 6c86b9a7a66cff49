/**
 * The minutes' own heading of the organization column ("Structure",
 * "Affiliation"): the one written heading that names neither the number nor
 * the person, when there is exactly one.
 */
export function organizationHeading(written: readonly string[] | undefined): string | undefined {
  const others = (written ?? [])
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '' && !/^(?:n°|no\.?|#|num(?:éro|ber)?\.?)$|nom|name|prénom/iu.test(cell))
  return others.length === 1 ? others[0] : undefined
}
