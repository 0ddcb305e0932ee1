# lines_of(TEXT OUT_VAR): TEXT as a CMake list of its lines. Semicolons and square brackets would
# split or join list items, so they stand as <semicolon>, <lbracket> and <rbracket> until
# text_of() puts them back.
function(lines_of text out_var)
  string(REPLACE ";" "<semicolon>" text "${text}")
  string(REPLACE "[" "<lbracket>" text "${text}")
  string(REPLACE "]" "<rbracket>" text "${text}")
  string(REPLACE "\n" ";" text "${text}")
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

# text_of(TEXT OUT_VAR): undoes the stand-ins of lines_of() in TEXT.
function(text_of text out_var)
  string(REPLACE "<semicolon>" ";" text "${text}")
  string(REPLACE "<lbracket>" "[" text "${text}")
  string(REPLACE "<rbracket>" "]" text "${text}")
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()
