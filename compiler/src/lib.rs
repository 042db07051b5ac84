//! Taipan's front end: source text to tokens, AST (in a bumpalo arena) and symbol tables.

pub mod ast;
pub mod codegen;
pub mod dump;
pub mod error;
pub mod lexer;
/// The instruction set lives in the object layer, beside the code objects
/// that hold it; re-exported here, where the compiler emits it.
pub use taipan_object::opcode;
pub mod parser;
pub mod symtable;
pub mod token;
mod unicode_names;
mod unicode_tables;

pub use ast::{Ast, Mode};
pub use codegen::compile;
pub use error::{SyntaxError, SyntaxErrorKind};
pub use parser::parse;
