// The command-line flags of the bench scripts that also take positional arguments: a flag and its value are taken out
// of the list, so that what is left are the positional ones.
export function takeFlag(args, name, dflt) {
  const i = args.indexOf(name)
  if (i < 0) return dflt
  const v = args[i + 1]
  args.splice(i, 2)
  return v
}
