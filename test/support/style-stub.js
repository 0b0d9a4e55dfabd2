// styles don't affect what a ui test asserts
module.exports = {}
